namespace CpcCoach.Knowledge.Tests.Support;

/// <summary>The real knowledge base, loaded once for all tests that only read it.</summary>
internal static class SharedKnowledge
{
    private static readonly Lazy<KnowledgeBase> Instance = new(() => KnowledgeBase.Load());

    public static KnowledgeBase Base => Instance.Value;
}
