using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation;

/// <summary>What a formula block worked out for an area before pricing.</summary>
internal sealed record AreaUnits
{
    public required string AreaId { get; init; }

    public required string Area { get; init; }

    public required decimal Units { get; init; }

    public required decimal UnitsWithoutUnpaid { get; init; }

    public required UnitKind Kind { get; init; }

    public required string SupportType { get; init; }

    public UnitPeriod Period { get; init; } = UnitPeriod.PerWeek;

    /// <summary>Hours of support per unit, for the total weekly hours.</summary>
    public decimal HoursPerUnit { get; init; } = 1m;

    /// <summary>The most the area may cost a week; null means no limit.</summary>
    public decimal? Limit { get; init; }

    /// <summary>Why the area is limited, given the limit; worked out only when the limit applies.</summary>
    public Func<decimal, string>? LimitReason { get; init; }

    /// <summary>A rate worked out by the block (e.g. per waking night); null means the configuration's rate for the support type.</summary>
    public decimal? Rate { get; init; }

    /// <summary>Hours a week of support at the hourly rate of <paramref name="supportType"/>.</summary>
    public static AreaUnits WeeklyHours(RuleEntry area, decimal hours, decimal hoursWithoutUnpaid, string supportType) => new()
    {
        AreaId = area.Id,
        Area = area.LineLabel!,
        Units = hours,
        UnitsWithoutUnpaid = hoursWithoutUnpaid,
        Kind = UnitKind.Hours,
        SupportType = supportType,
    };
}
