namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>The times of day something is needed: the four home care calls a day (morning, lunch, tea, bed).</summary>
public sealed record HeldOutTimes
{
    public static HeldOutTimes None { get; } = new() { Morning = false, Midday = false, Teatime = false, Bedtime = false };

    public required bool Morning { get; init; }

    public required bool Midday { get; init; }

    public required bool Teatime { get; init; }

    public required bool Bedtime { get; init; }

    public bool At(HeldOutSlot slot) => slot switch
    {
        HeldOutSlot.Morning => Morning,
        HeldOutSlot.Midday => Midday,
        HeldOutSlot.Teatime => Teatime,
        _ => Bedtime,
    };

    public int Count => (Morning ? 1 : 0) + (Midday ? 1 : 0) + (Teatime ? 1 : 0) + (Bedtime ? 1 : 0);
}
