namespace CpcCoach.Knowledge.Answers;

/// <summary>A suggested next message: <see cref="Text"/> is what the user "types" by tapping <see cref="Title"/>.</summary>
public sealed record FollowUp(string Title, string Text);
