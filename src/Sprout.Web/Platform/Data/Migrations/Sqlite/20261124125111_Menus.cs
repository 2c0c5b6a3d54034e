using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Menus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MenuRotation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeGroup = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MenuRotation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MenuRotation_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchoolDish",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolDish", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolDish_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MenuSlot",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeGroup = table.Column<int>(type: "INTEGER", nullable: false),
                    Week = table.Column<int>(type: "INTEGER", nullable: false),
                    Weekday = table.Column<int>(type: "INTEGER", nullable: false),
                    Meal = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolDishId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MenuSlot", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MenuSlot_SchoolDish_SchoolDishId",
                        column: x => x.SchoolDishId,
                        principalTable: "SchoolDish",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MenuSlot_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchoolDishIngredient",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolDishId = table.Column<int>(type: "INTEGER", nullable: false),
                    FoodCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Grams = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolDishIngredient", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolDishIngredient_SchoolDish_SchoolDishId",
                        column: x => x.SchoolDishId,
                        principalTable: "SchoolDish",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SchoolDishIngredient_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MenuRotation_SchoolId_AgeGroup",
                table: "MenuRotation",
                columns: new[] { "SchoolId", "AgeGroup" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MenuSlot_SchoolDishId",
                table: "MenuSlot",
                column: "SchoolDishId");

            migrationBuilder.CreateIndex(
                name: "IX_MenuSlot_SchoolId_AgeGroup_Week_Weekday_Meal",
                table: "MenuSlot",
                columns: new[] { "SchoolId", "AgeGroup", "Week", "Weekday", "Meal" });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolDish_SchoolId_Name",
                table: "SchoolDish",
                columns: new[] { "SchoolId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchoolDishIngredient_SchoolDishId",
                table: "SchoolDishIngredient",
                column: "SchoolDishId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolDishIngredient_SchoolId",
                table: "SchoolDishIngredient",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MenuRotation");

            migrationBuilder.DropTable(
                name: "MenuSlot");

            migrationBuilder.DropTable(
                name: "SchoolDishIngredient");

            migrationBuilder.DropTable(
                name: "SchoolDish");
        }
    }
}
