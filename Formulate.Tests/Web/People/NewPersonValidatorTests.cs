using Formulate.Web.People;

namespace Formulate.Tests.Web.People;

public sealed class NewPersonValidatorTests
{
    private static readonly HashSet<string> Teams = ["Riverside Adult Social Care", "Hillside Adult Social Care"];

    [Theory]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData(" nb1 2aa ", "NB1 2AA")]
    [InlineData("M1 1AE", "M1 1AE")]
    [InlineData("B33 8TH", "B33 8TH")]
    [InlineData("CR2 6XH", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    public void Normalise_UkPostcode_GivesCapitalsWithOneSpace(string typed, string expected) =>
        UkPostcode.Normalise(typed).ShouldBe(expected);

    [Theory]
    [InlineData("12345")]
    [InlineData("SW1A")]
    [InlineData("SW1A 1A")]
    [InlineData("not a postcode")]
    public void Normalise_NotAPostcode_ReturnsNull(string typed) => UkPostcode.Normalise(typed).ShouldBeNull();

    [Fact]
    public void Validate_EmptyForm_ListsRequiredFieldsInOrder()
    {
        var errors = NewPersonValidator.Validate(new NewPerson(), Teams);

        errors.Select(e => e.Field).ShouldBe(["CaseReference", "GivenName", "FamilyName", "Team"]);
    }

    [Fact]
    public void Validate_BadPostcode_AsksForARealOne()
    {
        var form = new NewPerson { CaseReference = "X1", GivenName = "A", FamilyName = "B", Team = "Riverside Adult Social Care", Postcode = "12345" };

        NewPersonValidator.Validate(form, Teams).ShouldHaveSingleItem()
            .ShouldBe(new FieldError("Postcode", "Enter a real postcode, like SW1A 1AA"));
    }
}
