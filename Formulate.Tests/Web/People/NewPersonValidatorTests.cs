using Formulate.Web.People;

namespace Formulate.Tests.Web.People;

public sealed class NewPersonValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

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
        var errors = NewPersonValidator.Validate(new NewPerson(), PersonFormChecks.Default(Teams, Today));

        errors.Select(e => e.Field).ShouldBe(["CaseReference", "GivenName", "FamilyName", "Team"]);
    }

    [Fact]
    public void Validate_BadPostcode_AsksForARealOne()
    {
        var form = new NewPerson { CaseReference = "X1", GivenName = "A", FamilyName = "B", Team = "Riverside Adult Social Care", Postcode = "12345" };

        NewPersonValidator.Validate(form, PersonFormChecks.Default(Teams, Today)).ShouldHaveSingleItem()
            .ShouldBe(new FieldError("Postcode", "Enter a real postcode, like SW1A 1AA"));
    }

    private static NewPerson Valid() =>
        new() { CaseReference = "DEMO-0001", GivenName = "Joan", FamilyName = "Whitaker", Team = "Riverside Adult Social Care" };

    [Theory]
    [InlineData("DEMO-0001")]
    [InlineData("ab/123/4")]
    [InlineData("1234567")]
    public void Validate_CaseReferenceOfLettersNumbersHyphensAndSlashes_IsAccepted(string reference)
    {
        var form = Valid();
        form.CaseReference = reference;

        NewPersonValidator.Validate(form, PersonFormChecks.Default(Teams, Today)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("<b>DEMO</b>")]
    [InlineData("DEMO 0001")]
    [InlineData("DEMO-0001\U0001F600")]
    [InlineData("-0001")]
    public void Validate_CaseReferenceWithHtmlSpacesOrEmoji_SaysWhatAReferenceLooksLike(string reference)
    {
        var form = Valid();
        form.CaseReference = System.Text.RegularExpressions.Regex.Unescape(reference);

        NewPersonValidator.Validate(form, PersonFormChecks.Default(Teams, Today)).ShouldHaveSingleItem().ShouldBe(new FieldError(
            "CaseReference", "Case reference must be letters, numbers, hyphens (-) and slashes (/), like DEMO-0001"));
    }

    [Fact]
    public void Validate_CouncilsOwnCaseReferencePattern_IsTheOneChecked()
    {
        var form = Valid();
        var council = new CaseReferenceOptions { CaseReferencePattern = "^AS[0-9]{6}$", CaseReferenceDescription = "AS and six numbers, like AS123456" };
        var checks = new PersonFormChecks(Teams, council.Pattern(), council.CaseReferenceDescription, Today);

        NewPersonValidator.Validate(form, checks).ShouldHaveSingleItem().Message.ShouldBe("Case reference must be AS and six numbers, like AS123456");
        form.CaseReference = "as123456";
        NewPersonValidator.Validate(form, checks).ShouldBeEmpty();
    }

    [Fact]
    public void CaseReferenceOptions_PatternThatIsNotARegularExpression_SaysWhichSettingToCorrect()
    {
        var options = new CaseReferenceOptions { CaseReferencePattern = "^[A-Z" };

        var problems = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        problems.ShouldHaveSingleItem().ErrorMessage!.ShouldStartWith("Formulate:People:CaseReferencePattern is not a regular expression");
    }

    [Theory]
    [InlineData("", "", "", null)]
    [InlineData("27", "3", "1948", null)]
    [InlineData("22", "11", "2026", null)]
    [InlineData("1", "1", "1900", null)]
    [InlineData("27", "", "1948", "Date of birth must include a month")]
    [InlineData("", "", "1948", "Date of birth must include a day and a month")]
    [InlineData("27", "3", "", "Date of birth must include a year")]
    [InlineData("27", "3", "48", "Year must include 4 numbers")]
    [InlineData("31", "2", "1948", "Date of birth must be a real date")]
    [InlineData("x", "3", "1948", "Date of birth must be a real date")]
    [InlineData("1", "13", "1948", "Date of birth must be a real date")]
    [InlineData("23", "11", "2026", "Date of birth must be today or in the past")]
    [InlineData("31", "12", "1899", "Date of birth must be the same as or after 1 January 1900")]
    public void Validate_DateOfBirth_IsOptionalAndMustBeARealPastDate(string day, string month, string year, string? message)
    {
        var form = Valid();
        (form.DateOfBirthDay, form.DateOfBirthMonth, form.DateOfBirthYear) = (day, month, year);

        var errors = NewPersonValidator.Validate(form, PersonFormChecks.Default(Teams, Today));

        if (message is null)
        {
            errors.ShouldBeEmpty();
        }
        else
        {
            errors.ShouldHaveSingleItem().ShouldBe(new FieldError(DateOfBirthCheck.Field, message));
        }
    }

    [Theory]
    [InlineData("Mrs", null)]
    [InlineData("Rev. Dr", null)]
    [InlineData("Lady-in-waiting", null)]
    [InlineData("<i>Dr</i>", "Title must only include letters, spaces, hyphens and full stops, like Mrs or Dr")]
    [InlineData("Professor Emeritus Sir", "Title must be 20 characters or fewer")]
    public void Validate_Title_IsOptionalWordsOfAtMostTwentyCharacters(string title, string? message)
    {
        var form = Valid();
        form.Title = title;

        var errors = NewPersonValidator.Validate(form, PersonFormChecks.Default(Teams, Today));

        errors.Select(e => e.Message).ShouldBe(message is null ? [] : [message]);
    }
}
