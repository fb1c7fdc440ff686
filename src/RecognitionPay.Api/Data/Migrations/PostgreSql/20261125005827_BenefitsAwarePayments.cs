using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecognitionPay.Api.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class BenefitsAwarePayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_payment_item_claims_live_claim",
                table: "payment_item_claims");

            migrationBuilder.AddColumn<long>(
                name: "Pay",
                table: "payment_items",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Pay",
                table: "payment_item_claims",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "earnings",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_earnings", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_earnings_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payment_holdbacks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BenefitKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    Limit = table.Column<long>(type: "bigint", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_holdbacks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payment_holdbacks_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_payment_holdbacks_payment_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "payment_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_payment_holdbacks_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "earnings_days",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Pay = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_earnings_days", x => new { x.PersonId, x.Date });
                    table.ForeignKey(
                        name: "FK_earnings_days_earnings_PersonId",
                        column: x => x.PersonId,
                        principalTable: "earnings",
                        principalColumn: "PersonId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payment_item_claims_ClaimId",
                table: "payment_item_claims",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_payment_holdbacks_ClaimId",
                table: "payment_holdbacks",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_payment_holdbacks_PersonId_RunId",
                table: "payment_holdbacks",
                columns: new[] { "PersonId", "RunId" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_holdbacks_RunId",
                table: "payment_holdbacks",
                column: "RunId");

            // Payments made before this version paid whole claims: their pay was the claims' pay, and it counts on
            // the payment date of their run unless the item failed.
            migrationBuilder.Sql("""
                UPDATE payment_item_claims SET "Pay" = (SELECT c."Involvement" + c."Prep" + c."Travel" FROM claims c WHERE c."Id" = payment_item_claims."ClaimId");
                UPDATE payment_items SET "Pay" = (SELECT COALESCE(SUM(p."Pay"), 0) FROM payment_item_claims p WHERE p."ItemId" = payment_items."Id");
                INSERT INTO earnings ("PersonId", "Version") SELECT DISTINCT "PersonId", 1 FROM payment_items;
                INSERT INTO earnings_days ("PersonId", "Date", "Pay")
                    SELECT i."PersonId", r."PaymentDate", SUM(i."Pay") FROM payment_items i JOIN payment_runs r ON r."Id" = i."RunId"
                    WHERE i."Status" <> 'Failed' GROUP BY i."PersonId", r."PaymentDate";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "earnings_days");

            migrationBuilder.DropTable(
                name: "payment_holdbacks");

            migrationBuilder.DropTable(
                name: "earnings");

            migrationBuilder.DropIndex(
                name: "IX_payment_item_claims_ClaimId",
                table: "payment_item_claims");

            migrationBuilder.DropColumn(
                name: "Pay",
                table: "payment_items");

            migrationBuilder.DropColumn(
                name: "Pay",
                table: "payment_item_claims");

            migrationBuilder.CreateIndex(
                name: "ux_payment_item_claims_live_claim",
                table: "payment_item_claims",
                column: "ClaimId",
                unique: true,
                filter: "\"Live\"");
        }
    }
}
