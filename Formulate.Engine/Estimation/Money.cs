namespace Formulate.Engine.Estimation;

/// <summary>The engine's two rounding rules, in one place so that every figure is rounded the same way.</summary>
public static class Money
{
    private const decimal Penny = 0.01m;

    /// <summary>Units are rounded to two decimal places, half away from zero, before they are priced.</summary>
    public static decimal RoundUnits(decimal units) => Math.Round(units, 2, MidpointRounding.AwayFromZero);

    /// <summary>Each line's money is rounded once to the council's increment (default £0.01), half away from zero.</summary>
    public static decimal Round(decimal amount, decimal increment)
    {
        if (increment <= 0m)
        {
            return Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        }

        if (increment == Penny && increment.Scale == 2 && amount >= 0m)
        {
            // The same figure, to the same two decimal places, without a decimal division on every line of every scenario.
            var pence = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
            return pence.Scale == 2 ? pence : pence + 0.00m;
        }

        return Math.Round(amount / increment, 0, MidpointRounding.AwayFromZero) * increment;
    }
}
