using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecognitionPay.Api.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PaymentRunsAndBankHolidays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PaymentRunId",
                table: "ledger_postings",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "bank_holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bank_holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "payment_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RunDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PaymentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ScheduledFor = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PaidAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PaidBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payment_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FailureReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FailedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnedByBank = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payment_items_payment_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "payment_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_payment_items_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payment_item_claims",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Live = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_item_claims", x => new { x.ItemId, x.ClaimId });
                    table.ForeignKey(
                        name: "FK_payment_item_claims_claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_payment_item_claims_payment_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "payment_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ux_payment_item_claims_live_claim",
                table: "payment_item_claims",
                column: "ClaimId",
                unique: true,
                filter: "\"Live\"");

            migrationBuilder.CreateIndex(
                name: "IX_payment_items_PersonId_Status",
                table: "payment_items",
                columns: new[] { "PersonId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_items_RunId",
                table: "payment_items",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_payment_runs_CreatedAt",
                table: "payment_runs",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_payment_runs_ScheduledFor",
                table: "payment_runs",
                column: "ScheduledFor",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bank_holidays");

            migrationBuilder.DropTable(
                name: "payment_item_claims");

            migrationBuilder.DropTable(
                name: "payment_items");

            migrationBuilder.DropTable(
                name: "payment_runs");

            migrationBuilder.DropColumn(
                name: "PaymentRunId",
                table: "ledger_postings");
        }
    }
}
