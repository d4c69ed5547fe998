namespace Formulate.Engine.Estimation;

/// <summary>The engine's two rounding rules, in one place so that every figure is rounded the same way.</summary>
public static class Money
{
    /// <summary>Units are rounded to two decimal places, half away from zero, before they are priced.</summary>
    public static decimal RoundUnits(decimal units) => Math.Round(units, 2, MidpointRounding.AwayFromZero);

    /// <summary>Each line's money is rounded once to the council's increment (default £0.01), half away from zero.</summary>
    public static decimal Round(decimal amount, decimal increment) =>
        increment <= 0m ? Math.Round(amount, 2, MidpointRounding.AwayFromZero)
            : Math.Round(amount / increment, 0, MidpointRounding.AwayFromZero) * increment;
}
