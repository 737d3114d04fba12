using CpcCoach.Knowledge.Entries;

namespace CpcCoach.Knowledge.Tests.Support;

/// <summary>Small entry files made in the test, so each negative case breaks exactly one rule of a valid entry.</summary>
internal static class BadFiles
{
    public const string ValidMoment = """
        ---
        id: test_moment
        title: "A test moment"
        kind: moment
        frameworks: [nurse]
        roles: [nurse]
        tags: [testing]
        synonyms: [a test]
        related: [nurse]
        sources:
          - "Author A. A title. Journal. 2000;1(1):1-2."
        ---

        ## Headline

        Say one kind thing and then stop talking.

        ## When to use

        When a test needs an entry.

        ## Steps

        1. **Notice:** Notice the feeling.
        2. **Name:** Name it gently.
        3. **Wait:** Let the silence work.

        ## Say it like this

        - "This sounds really hard."
        - "I'm here with you."
        - "Tell me more about what worries you."

        ## Avoid

        - Rushing to reassure.
        - Giving statistics.

        ## Why it works

        People feel heard.

        ## Role notes

        - **Nurse:** Use it at the bedside.
        """;

    /// <summary>The real entries plus one extra file, so set-level rules (every key covered, cross-links) still hold.</summary>
    public static IReadOnlyList<ContentFile> RealPlus(string text, string name = "Content/moments/test_moment.md") =>
        [.. ContentFiles.Embedded(), new ContentFile(name, text)];
}
