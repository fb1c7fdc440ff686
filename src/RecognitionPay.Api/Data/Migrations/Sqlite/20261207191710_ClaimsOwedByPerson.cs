using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecognitionPay.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimsOwedByPerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_claims_Status_PersonId_Involvement_Prep_Travel_ExpensesTotal_Id",
                table: "claims",
                columns: new[] { "Status", "PersonId", "Involvement", "Prep", "Travel", "ExpensesTotal", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_claims_Status_PersonId_Involvement_Prep_Travel_ExpensesTotal_Id",
                table: "claims");
        }
    }
}
