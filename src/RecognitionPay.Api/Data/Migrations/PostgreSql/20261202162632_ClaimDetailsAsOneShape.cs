using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecognitionPay.Api.Data.Migrations.PostgreSql
{
    /// <summary>
    /// The claimant's account became one complex property (ClaimDetails) with the same columns. EF Core cannot index a
    /// complex property, so it would drop IX_claims_ActivityDate and IX_claims_PersonId_ActivityDate: they are kept
    /// (statements, mileage bands and weekly hours read claims by person and date), and the foreign key's own index
    /// on PersonId is added as the model now has it.
    /// </summary>
    public partial class ClaimDetailsAsOneShape : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_claims_PersonId",
                table: "claims",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_claims_PersonId",
                table: "claims");
        }
    }
}
