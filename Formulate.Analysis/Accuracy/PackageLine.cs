namespace Formulate.Analysis.Accuracy;

/// <summary>One line of an actual care package: so many units a week of one kind of support at a rate.</summary>
public sealed record PackageLine
{
    /// <summary>A support type the configuration prices, e.g. "home_care" or "sleep_in_night".</summary>
    public required string SupportType { get; init; }

    /// <summary>Units a week: hours, sessions, nights or weeks, as the support type counts them.</summary>
    public required decimal UnitsPerWeek { get; init; }

    /// <summary>£ per unit.</summary>
    public required decimal UnitRate { get; init; }

    /// <summary>Units × rate, rounded to the penny (half away from zero).</summary>
    public decimal WeeklyCost => Math.Round(UnitsPerWeek * UnitRate, 2, MidpointRounding.AwayFromZero);
}
