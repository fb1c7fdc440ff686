using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecognitionPay.Api.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ClaimAnswerToChange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnswerToChange",
                table: "claims",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnswerToChange",
                table: "claims");
        }
    }
}
