namespace CpcCoach.Knowledge.Entries;

/// <summary>The YAML front matter as written; unknown keys are rejected so a typo cannot silently drop data.</summary>
internal sealed class FrontMatter
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public List<string>? Frameworks { get; set; }
    public List<string>? Roles { get; set; }
    public List<string>? Tags { get; set; }
    public List<string>? Synonyms { get; set; }
    public List<string>? Related { get; set; }
    public List<string>? Sources { get; set; }
}
