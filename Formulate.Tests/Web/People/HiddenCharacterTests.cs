using Formulate.Web.Letters;
using Formulate.Web.People;

namespace Formulate.Tests.Web.People;

public sealed class HiddenCharacterTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private const string Team = "Riverside Adult Social Care";

    public static TheoryData<string> BidirectionalControls => new()
    {
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C",
    };

    public static TheoryData<string, string> Fields => new()
    {
        { nameof(NewPerson.CaseReference), "Case reference" },
        { nameof(NewPerson.GivenName), "Given name" },
        { nameof(NewPerson.FamilyName), "Family name" },
        { nameof(NewPerson.AddressLine1), "Address line 1" },
        { nameof(NewPerson.AddressLine2), "Address line 2" },
        { nameof(NewPerson.Town), "Town or city" },
        { nameof(NewPerson.Postcode), "Postcode" },
    };

    private static NewPerson Form() => new()
    {
        CaseReference = "HC-1", GivenName = "Hana", FamilyName = "Smith", AddressLine1 = "1 High Street", Town = "Leeds", Postcode = "LS1 1AA", Team = Team,
    };

    [Theory]
    [MemberData(nameof(BidirectionalControls))]
    public void Validate_NameWithBidirectionalControl_IsRefusedWithTheMessage(string control)
    {
        var form = Form();
        form.FamilyName = $"Smith{control}fdp.exe";

        NewPersonValidator.Validate(form, PersonFormChecks.Default([Team], Today)).ShouldHaveSingleItem().ShouldBe(new FieldError(
            nameof(NewPerson.FamilyName),
            "Family name must not contain hidden formatting characters: retype it without copying from another document"));
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Validate_AnyFieldWithRightToLeftOverride_IsRefusedForThatField(string field, string label)
    {
        var form = Form();
        var property = typeof(NewPerson).GetProperty(field)!;
        property.SetValue(form, "\u202E" + (string?)property.GetValue(form));

        NewPersonValidator.Validate(form, PersonFormChecks.Default([Team], Today)).ShouldHaveSingleItem()
            .ShouldBe(new FieldError(field, HiddenCharacters.Message(label)));
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u00AD")]
    [InlineData("\uFEFF")]
    [InlineData("\u0007")]
    [InlineData("\u2028")]
    public void Validate_OtherInvisibleCharacter_IsRefused(string hidden)
    {
        var form = Form();
        form.GivenName = "Ha" + hidden + "na";

        NewPersonValidator.Validate(form, PersonFormChecks.Default([Team], Today)).ShouldHaveSingleItem().Field.ShouldBe(nameof(NewPerson.GivenName));
    }

    [Theory]
    [InlineData("Zoë Ní Bhriain")]
    [InlineData("محمد")]
    [InlineData("می\u200Cخواهم")]
    [InlineData("O'Brien-Smith")]
    public void Validate_NamesAsPeopleWriteThem_AreAccepted(string name)
    {
        var form = Form();
        form.GivenName = name;

        NewPersonValidator.Validate(form, PersonFormChecks.Default([Team], Today)).ShouldBeEmpty();
    }

    [Fact]
    public void FileName_NameSavedWithRightToLeftOverride_DoesNotReadBackwards()
    {
        var letter = Formulate.Tests.Web.Letters.Support.LetterExamples.Letter("wc01") with { PersonName = "Jo \u202Efdp.exe" };

        var name = LetterBatchRunner.FileName(letter, 1);

        name.ShouldNotContain("\u202E");
        name.ShouldEndWith("Jo fdp.exe.pdf");
    }
}
