namespace Formulate.Data.Profiles;

public enum SaveAnswerOutcome
{
    Saved,
    Conflict,
    NotFound,
    NotEditable,
}
