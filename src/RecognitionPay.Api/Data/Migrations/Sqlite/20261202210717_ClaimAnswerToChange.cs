using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecognitionPay.Api.Data.Migrations.Sqlite
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
                type: "TEXT",
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
