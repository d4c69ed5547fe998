using Formulate.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddFormulateWeb();

var app = builder.Build();
app.UseFormulateWeb();
app.Run();
