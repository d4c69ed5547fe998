using Formulate.Engine.Rules;
using Formulate.Engine.Tracing;

namespace Formulate.Engine.Estimation;

/// <summary>A formula block's answer for one area, with and without unpaid support taken into account.</summary>
internal sealed record AreaEstimate
{
    public required AllocationLine Line { get; init; }

    /// <summary>What the area would cost if no unpaid support were counted; sizes carer breaks and the contingency what-if.</summary>
    public required decimal AmountWithoutUnpaid { get; init; }

    /// <summary>Units before unpaid support is taken off; care-home and Shared Lives banding use it.</summary>
    public required decimal UnitsWithoutUnpaid { get; init; }

    public TraceStep? Trace { get; init; }

    /// <summary>Nothing for the area: a line of <paramref name="area"/> at no cost, kept for the what-ifs and carer breaks.</summary>
    public static AreaEstimate None(RuleEntry area, UnitKind kind, string supportType, TraceStep? trace) => new()
    {
        Line = new AllocationLine
        {
            AreaId = area.Id, Area = area.LineLabel!, Units = 0m, UnitKind = kind, SupportType = supportType, Rate = 0m, Amount = 0m, WeeklyHours = 0m,
        },
        AmountWithoutUnpaid = 0m,
        UnitsWithoutUnpaid = 0m,
        Trace = trace,
    };
}
