namespace Formulate.Data.People;

public enum ChangeDetailsOutcome
{
    Saved,
    Conflict,
    NotFound,
    DuplicateCaseReference,
}
