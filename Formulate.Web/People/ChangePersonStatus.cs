namespace Formulate.Web.People;

public enum ChangePersonStatus
{
    Saved,
    Invalid,
    Conflict,
    NotFound,
    Forbidden,
}
