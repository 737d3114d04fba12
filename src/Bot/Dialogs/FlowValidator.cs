namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// Checks that the flows fit together: unique ids, every jump target exists, every prompt has a retry text,
/// every action and sub-flow is known, and every flow can end. Each problem names the file, line and fix.
/// </summary>
internal static class FlowValidator
{
    public static void Validate(IReadOnlyList<FlowDefinition> flows, IReadOnlySet<string> actions, List<FlowProblem> problems)
    {
        foreach (var duplicate in flows.GroupBy(f => f.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var flow in duplicate.Skip(1))
            {
                problems.Add(new(flow.File, 1, $"Flow id '{flow.Id}' is also used by {duplicate.First().File}.", "Give each flow file its own id."));
            }
        }

        var flowIds = flows.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var flow in flows)
        {
            ValidateFlow(flow, flowIds, actions, problems);
        }
    }

    private static void ValidateFlow(FlowDefinition flow, HashSet<string> flowIds, IReadOnlySet<string> actions, List<FlowProblem> problems)
    {
        void Problem(Step step, string message, string fix) => problems.Add(new(flow.File, step.Line, message, fix));

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in flow.Steps.Where(s => !ids.Add(s.Id)))
        {
            Problem(step, $"Step id '{step.Id}' is used twice.", "Rename one of the steps; ids must be unique within a flow.");
        }

        var known = string.Join(", ", ids);
        void Target(Step step, string? target, string what)
        {
            if (target is not null && !ids.Contains(target))
            {
                Problem(step, $"Step '{step.Id}' {what} '{target}', which is not a step of this flow.", $"Use one of: {known}.");
            }
        }

        foreach (var step in flow.Steps)
        {
            Target(step, step.Next, "goes next to");
            switch (step)
            {
                case PromptStep prompt when string.IsNullOrWhiteSpace(prompt.Retry):
                    Problem(step, $"Prompt '{step.Id}' has no retry text.", "Add 'retry: <what to say when the answer does not fit, with an example>'.");
                    break;
                case PromptStep prompt when string.IsNullOrWhiteSpace(prompt.Prompt):
                    Problem(step, $"Prompt '{step.Id}' has no question text.", "Write the question after the kind key, e.g. 'ask: What went well?'.");
                    break;
            }

            switch (step)
            {
                case ChooseStep choose when choose.OptionsFrom is null && choose.Options.Count < 2:
                    Problem(step, $"Choice '{step.Id}' has fewer than two options.", "List at least two 'options', or name a slot with 'options_from'.");
                    break;
                case BranchStep branch:
                    foreach (var target in branch.Cases.Values)
                    {
                        Target(step, target, "branches to");
                    }

                    Target(step, branch.Default, "defaults to");
                    break;
                case ActionStep action when !actions.Contains(action.Action):
                    Problem(step, $"Step '{step.Id}' calls unknown action '{action.Action}'.", $"Use one of: {string.Join(", ", actions.Order(StringComparer.Ordinal))}.");
                    break;
                case BeginStep begin when !flowIds.Contains(begin.Flow):
                    Problem(step, $"Step '{step.Id}' begins unknown flow '{begin.Flow}'.", $"Use one of: {string.Join(", ", flowIds)}.");
                    break;
            }
        }

        if (!flow.Steps.OfType<EndStep>().Any())
        {
            problems.Add(new(flow.File, flow.Steps[^1].Line, $"Flow '{flow.Id}' has no 'end' step.", "Add a last step such as '- id: done' with 'end: <result slot>'."));
        }
        else if (flow.Steps[^1] is not EndStep && flow.Steps[^1].Next is null)
        {
            Problem(flow.Steps[^1], $"The last step '{flow.Steps[^1].Id}' neither ends the flow nor says where to go next.", "Add 'next: <step id>' or finish with an 'end' step.");
        }
    }
}
