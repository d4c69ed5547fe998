using Formulate.Engine.Chc;
using Formulate.Engine.Estimation;
using Formulate.Engine.Rules;
using Formulate.Engine.Tracing;

namespace Formulate.Tests.Engine;

/// <summary>Which catalogue entries an estimate reaches: the ids its trace, lines, statements, what-ifs and CHC prediction carry.</summary>
public static class CatalogueReach
{
    public static IEnumerable<TraceStep> Steps(TraceStep step) => step.Steps.SelectMany(Steps).Prepend(step);

    public static IEnumerable<AllocationLine> Lines(EstimateResult result) =>
        result.AllocationSummary.Concat(result.WhatIfs.SelectMany(whatIf => whatIf.AllocationSummary));

    public static IEnumerable<string> Of(EstimateResult result)
    {
        foreach (var step in Steps(result.Trace))
        {
            yield return step.RuleId;
        }

        foreach (var line in Lines(result))
        {
            yield return line.RuleId;
            // A line told apart only by its label (residential or nursing home) is reached when a line carries its label.
            foreach (var labelled in LineRules.All.Where(entry => entry.SupportType is null && entry.Area!.Id == line.AreaId && entry.Label == line.Area))
            {
                yield return labelled.Id;
            }
        }

        foreach (var statement in result.QualityStatements)
        {
            yield return statement.Code;
        }

        foreach (var whatIf in result.WhatIfs)
        {
            yield return whatIf.Id;
        }

        foreach (var step in Steps(result.Chc.Trace.ShouldNotBeNull()))
        {
            yield return step.RuleId;
        }
    }
}
