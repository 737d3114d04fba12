using System.ComponentModel.DataAnnotations;

namespace CpcCoach.Bot.Dialogs;

/// <summary>Dialog engine settings (section <c>Dialogs</c>).</summary>
public sealed class DialogOptions
{
    /// <summary>A folder of flow files that replace the built-in ones by id, so educators can edit flows without a rebuild.</summary>
    public string? Folder { get; set; }

    /// <summary>Re-prompts before a prompt gives up; two hints are enough to tell a typo from "this is not working for me".</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Most buttons on a choice card; Teams shows at most six actions on a card.</summary>
    [Range(2, 6)]
    public int MaxButtons { get; set; } = 6;
}
