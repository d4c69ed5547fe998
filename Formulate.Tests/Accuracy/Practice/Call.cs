namespace Formulate.Tests.Accuracy.Practice;

/// <summary>One booked homecare call a day: its time of day, length and how many carers attend.</summary>
public sealed record Call(string TimeOfDay, int Minutes, int Carers)
{
    /// <summary>Paid carer hours a week: each carer is paid for the whole call, every day.</summary>
    public decimal HoursPerWeek => Minutes * Carers * 7m / 60m;
}
