using Formulate.Analysis.Text;
using Formulate.Engine.Parameters;
using Formulate.Engine.Rules;

namespace Formulate.Web.Configuration;

/// <summary>How the configuration's parameters are grouped on screen, and what kind of value each takes.</summary>
public static class ParameterGroups
{
    public static bool IsRate(Parameter parameter) => parameter.Key.StartsWith("rate.", StringComparison.Ordinal);

    public static bool IsYesNo(Parameter parameter) => parameter.Unit == "yes/no";

    public static bool IsMoney(Parameter parameter) => parameter.Unit.StartsWith("GBP", StringComparison.Ordinal);

    /// <summary>Rates first, then the other decisions, in the order the set lists them.</summary>
    public static IReadOnlyList<Parameter> Rates(ParameterSet set) => [.. set.Parameters.Where(IsRate)];

    /// <summary>The set's decisions, then the optional decisions it does not have yet (shown as not set).</summary>
    public static IReadOnlyList<Parameter> Decisions(ParameterSet set) => [.. set.Parameters.Where(p => !IsRate(p)), .. OptionalDecisions.MissingFrom(set)];

    /// <summary>The value in force on <paramref name="date"/> (else the latest) as the screen shows it, or that a decision is not set yet.</summary>
    public static string ShowOn(Parameter parameter, DateOnly date) =>
        (parameter.At(date) ?? (parameter.Values.Count > 0 ? parameter.Values[^1] : null)) is { } value ? Show(parameter, value.Value)
        : IsYesNo(parameter) ? "Not set, so No"
        : "Not set";

    /// <summary>A value as the screen shows it: money in pounds, yes/no in words, anything else with its unit.</summary>
    public static string Show(Parameter parameter, decimal value) =>
        IsYesNo(parameter) ? (value != 0 ? "Yes" : "No")
        : IsMoney(parameter) ? $"{Pounds.Format(value)} {PerUnit(parameter.Unit)}".Trim()
        : $"{Pounds.Number(value)} {parameter.Unit}";

    private static string PerUnit(string unit) => unit.StartsWith("GBP ", StringComparison.Ordinal) ? unit[4..] : "";

    /// <summary>What the value does to estimates, for parameters whose set gives no description.</summary>
    public static string Help(Parameter parameter) => parameter.Description ?? parameter.Key switch
    {
        var k when k.StartsWith("rate.care_home", StringComparison.Ordinal) => "Used for people whose estimate is a care home placement. Raising it raises those estimates.",
        var k when k.StartsWith("rate.shared_lives", StringComparison.Ordinal) => "Used for people in a Shared Lives arrangement of this band, in place of daily living support and sleep-in nights (waking nights are paid on top).",
        var k when k.StartsWith("rate.", StringComparison.Ordinal) => "Multiplies the units of care of this type in every estimate that uses it. Raising it raises those estimates in proportion.",
        var k when k.StartsWith("minimum.visit_minutes", StringComparison.Ordinal) => "Care of this kind is paid as visits of at least this many minutes. A longer minimum raises estimates for people who need short visits.",
        "rounding.increment" => "Each area's money is rounded to this amount (half away from zero). 0.01 means to the penny.",
        "minimum.weekly_budget" => "An estimate for support at home below this is raised to it.",
        var k when k.StartsWith("policy.", StringComparison.Ordinal) && IsYesNo(parameter) => "A yes or no decision: 1 means yes, 0 means no.",
        _ => "Used by the formula blocks described in How estimates are worked out.",
    };

    /// <summary>The rules that read the parameter, by the names the estimate shows them under, from the engine's rule catalogue.</summary>
    public static IReadOnlyList<string> UsedBy(Parameter parameter) =>
        [.. RuleCatalogue.Reading(parameter.Key).Select(NameOf).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// An area, line or check by its heading in How estimates are worked out where it has one, so that it can be looked up
    /// there; the ten outcomes' needs met in other ways as their one heading; any other step by its label.
    /// </summary>
    private static string NameOf(RuleEntry rule) =>
        rule.Kind != RuleKind.Step || rule.Method == MethodSections.NeedsMetInOtherWays ? rule.Method?.Title ?? rule.Label : rule.Label;
}
