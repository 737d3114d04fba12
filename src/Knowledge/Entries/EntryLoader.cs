using CpcCoach.Knowledge.Validation;

namespace CpcCoach.Knowledge.Entries;

/// <summary>Parses and validates a set of content files; the problems come back as values for tests and startup alike.</summary>
public static class EntryLoader
{
    public static (IReadOnlyList<EntryDocument> Documents, IReadOnlyList<ContentProblem> Problems) Load(IReadOnlyList<ContentFile> files)
    {
        var documents = new List<EntryDocument>();
        var problems = new List<ContentProblem>();
        foreach (var file in files)
        {
            var (document, parseProblems) = EntryParser.Parse(file.Name, file.Text);
            problems.AddRange(parseProblems);
            if (document is not null)
            {
                documents.Add(document);
            }
        }

        problems.AddRange(ContentValidator.Validate(documents));
        return (documents, problems);
    }
}
