namespace CpcCoach.Knowledge.Safety;

/// <summary>A message with its identifiers replaced by neutral placeholders.</summary>
/// <param name="Text">The redacted text; equal to the input when nothing was found.</param>
/// <param name="Kinds">
/// Distinct kinds of identifier removed, in rule order: "name", "mrn", "dob", "date", "phone",
/// "email", "address", "ssn", "url", "ip", "account". Empty when the text was clean.
/// </param>
public sealed record Redaction(string Text, IReadOnlyList<string> Kinds);
