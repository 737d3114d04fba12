namespace CpcCoach.Knowledge.Entries;

/// <summary>One entry file's name (relative, e.g. "Content/moments/am_i_dying.md") and text.</summary>
public sealed record ContentFile(string Name, string Text);
