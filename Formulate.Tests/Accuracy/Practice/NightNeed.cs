namespace Formulate.Tests.Accuracy.Practice;

/// <summary>What happens at night: occasional calls are met by a pendant alarm, not bought support.</summary>
public enum NightNeed
{
    None,
    Occasional,

    /// <summary>Someone must be in the building to wake if needed: a sleep-in.</summary>
    SleepIn,

    /// <summary>Someone must be awake all night: a waking night, paid by the hour.</summary>
    WakingNight,
}
