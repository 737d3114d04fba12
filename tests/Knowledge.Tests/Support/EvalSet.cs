using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CpcCoach.Knowledge.Tests.Support;

/// <summary>An evaluation query set in the shared dev-queries.yaml schema.</summary>
internal sealed class EvalSet
{
    public List<EvalQuery> Queries { get; set; } = [];

    public static EvalSet Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evals", fileName);
        var yaml = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        return yaml.Deserialize<EvalSet>(File.ReadAllText(path));
    }
}

internal sealed class EvalQuery
{
    public string Id { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public string Role { get; set; } = string.Empty;
    public List<string> ExpectedFrameworks { get; set; } = [];
    public string Intent { get; set; } = string.Empty;
    public List<string> Tags { get; set; } = [];
}
