namespace Formulate.Engine.Estimation;

/// <summary>The period the units are counted over. Money is always per week.</summary>
public enum UnitPeriod
{
    PerWeek,

    /// <summary>Spread evenly over 52 weeks, e.g. weeks of carer breaks a year.</summary>
    PerYear,
}
