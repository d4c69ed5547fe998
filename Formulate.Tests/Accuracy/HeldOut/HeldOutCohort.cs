namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>The client groups a council caseload is drawn from.</summary>
internal enum HeldOutCohort
{
    OlderPersonAtHome,
    OlderPersonInCareHome,
    WorkingAgePhysical,
    LearningDisability,
    MentalHealth,
    Sensory,
    Social,
}
