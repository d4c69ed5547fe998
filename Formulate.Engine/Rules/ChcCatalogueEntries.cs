using System.Collections.Frozen;
using Formulate.Engine.Chc;

namespace Formulate.Engine.Rules;

/// <summary>
/// The rules of the NHS Continuing Healthcare Checklist prediction: the prediction itself, and one entry for each of the
/// Checklist's descriptors. Each descriptor is declared once, as data, in <see cref="ChcDescriptors"/>, and cited once by
/// the domain's rule table (<see cref="ChcDomainRules"/>); its entry here is read from that table, so its id, words and
/// reference are never written twice.
/// </summary>
public static class ChcCatalogueEntries
{
    public static readonly RuleEntry Prediction = new()
    {
        Id = "chc-checklist",
        Kind = RuleKind.Chc,
        Label = "NHS Continuing Healthcare Checklist prediction",
        Paragraphs =
        [
            "Each of the Checklist's eleven domains takes the level of the Checklist descriptor the answers meet: each domain's rule table lists its descriptors from A to C with the answers that meet them, and the first that is met decides.",
            "A full Checklist is recommended when the predicted levels show two or more domains at A, five or more at B, one at A and four at B, or an A in a priority domain (breathing, behaviour, drug therapies or altered states of consciousness).",
        ],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist and its threshold",
    };

    public static IReadOnlyList<RuleEntry> Descriptors { get; } = [.. ChcDescriptors.All.Select(Entry)];

    public static IReadOnlyList<RuleEntry> All { get; } = [Prediction, .. Descriptors];

    // Every estimate labels a trace step per domain: the labels are written once, not per estimate.
    private static readonly FrozenDictionary<string, string> StepLabels =
        Descriptors.ToFrozenDictionary(entry => entry.Id, entry => entry.Label, StringComparer.Ordinal);

    /// <summary>The label of the trace step for a domain that met this descriptor, e.g. "Mobility: B — Not able to ...".</summary>
    public static string StepLabel(ChcDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return StepLabels.TryGetValue(descriptor.Id, out var label) ? label : Words(descriptor);
    }

    private static string Words(ChcDescriptor descriptor) => $"{ChcDomainNames.Of(descriptor.Domain)}: {descriptor.Level} — {descriptor.Text}";

    private static RuleEntry Entry(ChcDescriptor descriptor) => new()
    {
        Id = descriptor.Id,
        Kind = RuleKind.Chc,
        Label = Words(descriptor),
        Paragraphs = [descriptor.Text],
        Reference = descriptor.Reference,
    };
}
