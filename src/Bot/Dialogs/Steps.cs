namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// The closed set of step kinds a flow file can use, handled by one switch in <see cref="DialogEngine"/>.
/// <see cref="Next"/> overrides "the following step in the file"; <see cref="Line"/> is for error messages.
/// </summary>
public abstract record Step(string Id, int Line)
{
    public string? Next { get; init; }
}

/// <summary>Sends a message; <c>{slot}</c> placeholders are filled from the answers so far.</summary>
public sealed record SayStep(string Id, int Line, string Text) : Step(Id, Line);

/// <summary>A step that waits for the user. A prompt whose slot is already filled is skipped.</summary>
public abstract record PromptStep(string Id, int Line, string Prompt, string Retry, string Save, QuestionPolicy OnQuestion) : Step(Id, Line);

/// <summary>Free text, at least <see cref="MinWords"/> words; "skip" is accepted when <see cref="Optional"/>.</summary>
public sealed record AskStep(string Id, int Line, string Prompt, string Retry, string Save, QuestionPolicy OnQuestion, int MinWords, bool Optional)
    : PromptStep(Id, Line, Prompt, Retry, Save, OnQuestion);

/// <summary>Buttons, plus typed answers matched fuzzily. Options come from the file or, with <see cref="OptionsFrom"/>, from a slot an action filled.</summary>
public sealed record ChooseStep(
    string Id, int Line, string Prompt, string Retry, string Save, QuestionPolicy OnQuestion, IReadOnlyList<ChoiceOption> Options, string? OptionsFrom)
    : PromptStep(Id, Line, Prompt, Retry, Save, OnQuestion);

/// <summary>Yes or no; the slot holds "yes" or "no".</summary>
public sealed record ConfirmStep(string Id, int Line, string Prompt, string Retry, string Save, QuestionPolicy OnQuestion)
    : PromptStep(Id, Line, Prompt, Retry, Save, OnQuestion);

/// <summary>Goes to the step named for the slot's value, else to <see cref="Default"/>, else on.</summary>
public sealed record BranchStep(string Id, int Line, string On, IReadOnlyDictionary<string, string> Cases, string? Default) : Step(Id, Line);

/// <summary>Runs a named action from <see cref="DialogActions"/> (look up knowledge, compose a plan...).</summary>
public sealed record ActionStep(string Id, int Line, string Action) : Step(Id, Line);

/// <summary>Begins another flow on top of this one, passing the listed slots; its result lands in <see cref="Save"/>.</summary>
public sealed record BeginStep(string Id, int Line, string Flow, IReadOnlyList<string> Pass, string? Save) : Step(Id, Line);

/// <summary>Ends the flow with a slot's value as its result; root flows may then ask "Was this helpful?".</summary>
public sealed record EndStep(string Id, int Line, string? Result, bool AskFeedback) : Step(Id, Line);

/// <summary>One answer of a choose step: <see cref="Value"/> is stored, <see cref="Title"/> is the button, <see cref="Also"/> are typed synonyms.</summary>
public sealed record ChoiceOption(string Value, string Title, IReadOnlyList<string> Also);

/// <summary>What a question typed at a prompt means: an interruption to answer, the answer itself, or a reason to leave the flow.</summary>
public enum QuestionPolicy
{
    Interrupt,
    Answer,
    Leave,
}
