namespace Formulate.Engine.Quality;

public enum QaCategory
{
    Inconsistency,
    Irregularity,
    Omission,
}
