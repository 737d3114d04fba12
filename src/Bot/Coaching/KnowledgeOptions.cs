namespace CpcCoach.Bot.Coaching;

/// <summary>Settings under "Knowledge".</summary>
public sealed class KnowledgeOptions
{
    /// <summary>
    /// Optional folder of entry files laid over the embedded ones (same layout: frameworks/, moments/), so educators
    /// can edit content without a rebuild. Empty by default: the embedded entries need no files on disk.
    /// </summary>
    public string? ContentPath { get; set; }
}
