using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartyCell : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TransferredInFrom",
                table: "PartyMembers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TransferredInOn",
                table: "PartyMembers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TransferredOutOn",
                table: "PartyMembers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferredOutTo",
                table: "PartyMembers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AdmissionCandidate",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    StaffMemberId = table.Column<int>(type: "integer", nullable: false),
                    MentorMemberId = table.Column<int>(type: "integer", nullable: true),
                    SecondMentorMemberId = table.Column<int>(type: "integer", nullable: true),
                    StoppedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionCandidate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionCandidate_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdmissionCandidate_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CellMeeting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Theme = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Agenda = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    ChairMemberId = table.Column<int>(type: "integer", nullable: true),
                    SecretaryMemberId = table.Column<int>(type: "integer", nullable: true),
                    Assessment = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Directions = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Discussion = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Conclusion = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    VotesFor = table.Column<int>(type: "integer", nullable: false),
                    VotesAgainst = table.Column<int>(type: "integer", nullable: false),
                    VotesAbstain = table.Column<int>(type: "integer", nullable: false),
                    MinutesDocumentId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CellMeeting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CellMeeting_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CellRating",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    FourGood = table.Column<bool>(type: "boolean", nullable: false),
                    Decision = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CellRating", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CellRating_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CellReport",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    OutgoingDocumentId = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CellReport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CellReport_OutgoingDocument_OutgoingDocumentId",
                        column: x => x.OutgoingDocumentId,
                        principalTable: "OutgoingDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CellReport_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisciplineRecord",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    PartyMemberId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Form = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DecisionReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisciplineRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisciplineRecord_PartyMembers_PartyMemberId",
                        column: x => x.PartyMemberId,
                        principalTable: "PartyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisciplineRecord_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EthicsCommitment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    StaffMemberId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EthicsCommitment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EthicsCommitment_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EthicsCommitment_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationRound",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    EntitledVoters = table.Column<int>(type: "integer", nullable: false),
                    BallotOpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BallotClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionNotes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationRound", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationRound_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Inspection",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Supervision = table.Column<bool>(type: "boolean", nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PartyMemberId = table.Column<int>(type: "integer", nullable: true),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Findings = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Conclusion = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspection", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inspection_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MemberCommitment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    PartyMemberId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Commitment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ExemplaryDeed = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Innovation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SelfReport = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    SelfReportAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberCommitment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberCommitment_PartyMembers_PartyMemberId",
                        column: x => x.PartyMemberId,
                        principalTable: "PartyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MemberCommitment_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MemberEvaluation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    PartyMemberId = table.Column<int>(type: "integer", nullable: false),
                    SelfAssessment = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    SelfLevel = table.Column<int>(type: "integer", nullable: true),
                    SelfSubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedLevel = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberEvaluation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberEvaluation_PartyMembers_PartyMemberId",
                        column: x => x.PartyMemberId,
                        principalTable: "PartyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MemberEvaluation_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RefusedAction",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true),
                    UserName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Action = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefusedAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RefusedAction_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffTraining",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    StaffMemberId = table.Column<int>(type: "integer", nullable: false),
                    Topic = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CertificateFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Certificate = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffTraining", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffTraining_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StaffTraining_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StudySession",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudySession", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudySession_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionStepRecord",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    AdmissionCandidateId = table.Column<int>(type: "integer", nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Document = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionStepRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionStepRecord_AdmissionCandidate_AdmissionCandidateId",
                        column: x => x.AdmissionCandidateId,
                        principalTable: "AdmissionCandidate",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AdmissionStepRecord_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttendance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    CellMeetingId = table.Column<int>(type: "integer", nullable: false),
                    PartyMemberId = table.Column<int>(type: "integer", nullable: false),
                    Mark = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAttendance_CellMeeting_CellMeetingId",
                        column: x => x.CellMeetingId,
                        principalTable: "CellMeeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAttendance_PartyMembers_PartyMemberId",
                        column: x => x.PartyMemberId,
                        principalTable: "PartyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingAttendance_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BallotCount",
                columns: table => new
                {
                    EvaluationRoundId = table.Column<int>(type: "integer", nullable: false),
                    SubjectMemberId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Votes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotCount", x => new { x.EvaluationRoundId, x.SubjectMemberId, x.Level });
                    table.ForeignKey(
                        name: "FK_BallotCount_EvaluationRound_EvaluationRoundId",
                        column: x => x.EvaluationRoundId,
                        principalTable: "EvaluationRound",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BallotCount_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BallotReceipt",
                columns: table => new
                {
                    EvaluationRoundId = table.Column<int>(type: "integer", nullable: false),
                    VoterMemberId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotReceipt", x => new { x.EvaluationRoundId, x.VoterMemberId });
                    table.ForeignKey(
                        name: "FK_BallotReceipt_EvaluationRound_EvaluationRoundId",
                        column: x => x.EvaluationRoundId,
                        principalTable: "EvaluationRound",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BallotReceipt_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PeerComment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    MemberEvaluationId = table.Column<int>(type: "integer", nullable: false),
                    AuthorMemberId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerComment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerComment_MemberEvaluation_MemberEvaluationId",
                        column: x => x.MemberEvaluationId,
                        principalTable: "MemberEvaluation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PeerComment_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StudyParticipation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    StudySessionId = table.Column<int>(type: "integer", nullable: false),
                    PartyMemberId = table.Column<int>(type: "integer", nullable: false),
                    Attended = table.Column<bool>(type: "boolean", nullable: false),
                    Reflection = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ReflectionAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudyParticipation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudyParticipation_PartyMembers_PartyMemberId",
                        column: x => x.PartyMemberId,
                        principalTable: "PartyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StudyParticipation_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StudyParticipation_StudySession_StudySessionId",
                        column: x => x.StudySessionId,
                        principalTable: "StudySession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCandidate_SchoolId",
                table: "AdmissionCandidate",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCandidate_StaffMemberId",
                table: "AdmissionCandidate",
                column: "StaffMemberId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionStepRecord_AdmissionCandidateId_Step_Date",
                table: "AdmissionStepRecord",
                columns: new[] { "AdmissionCandidateId", "Step", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionStepRecord_SchoolId",
                table: "AdmissionStepRecord",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_BallotCount_SchoolId",
                table: "BallotCount",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_BallotReceipt_SchoolId",
                table: "BallotReceipt",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_CellMeeting_SchoolId_Date",
                table: "CellMeeting",
                columns: new[] { "SchoolId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CellRating_SchoolId_Year",
                table: "CellRating",
                columns: new[] { "SchoolId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CellReport_OutgoingDocumentId",
                table: "CellReport",
                column: "OutgoingDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_CellReport_SchoolId_Period_Year_Number",
                table: "CellReport",
                columns: new[] { "SchoolId", "Period", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecord_PartyMemberId",
                table: "DisciplineRecord",
                column: "PartyMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecord_SchoolId",
                table: "DisciplineRecord",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_EthicsCommitment_SchoolId",
                table: "EthicsCommitment",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_EthicsCommitment_StaffMemberId_Year",
                table: "EthicsCommitment",
                columns: new[] { "StaffMemberId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRound_SchoolId_Year",
                table: "EvaluationRound",
                columns: new[] { "SchoolId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inspection_SchoolId_Year",
                table: "Inspection",
                columns: new[] { "SchoolId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_CellMeetingId_PartyMemberId",
                table: "MeetingAttendance",
                columns: new[] { "CellMeetingId", "PartyMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_PartyMemberId",
                table: "MeetingAttendance",
                column: "PartyMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_SchoolId",
                table: "MeetingAttendance",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberCommitment_PartyMemberId_Year",
                table: "MemberCommitment",
                columns: new[] { "PartyMemberId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberCommitment_SchoolId",
                table: "MemberCommitment",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberEvaluation_PartyMemberId_Year",
                table: "MemberEvaluation",
                columns: new[] { "PartyMemberId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberEvaluation_SchoolId",
                table: "MemberEvaluation",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerComment_MemberEvaluationId",
                table: "PeerComment",
                column: "MemberEvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerComment_SchoolId",
                table: "PeerComment",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_RefusedAction_SchoolId_At",
                table: "RefusedAction",
                columns: new[] { "SchoolId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffTraining_SchoolId",
                table: "StaffTraining",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffTraining_StaffMemberId_Topic_CompletedOn",
                table: "StaffTraining",
                columns: new[] { "StaffMemberId", "Topic", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_StudyParticipation_PartyMemberId",
                table: "StudyParticipation",
                column: "PartyMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_StudyParticipation_SchoolId",
                table: "StudyParticipation",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_StudyParticipation_StudySessionId_PartyMemberId",
                table: "StudyParticipation",
                columns: new[] { "StudySessionId", "PartyMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StudySession_SchoolId",
                table: "StudySession",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdmissionStepRecord");

            migrationBuilder.DropTable(
                name: "BallotCount");

            migrationBuilder.DropTable(
                name: "BallotReceipt");

            migrationBuilder.DropTable(
                name: "CellRating");

            migrationBuilder.DropTable(
                name: "CellReport");

            migrationBuilder.DropTable(
                name: "DisciplineRecord");

            migrationBuilder.DropTable(
                name: "EthicsCommitment");

            migrationBuilder.DropTable(
                name: "Inspection");

            migrationBuilder.DropTable(
                name: "MeetingAttendance");

            migrationBuilder.DropTable(
                name: "MemberCommitment");

            migrationBuilder.DropTable(
                name: "PeerComment");

            migrationBuilder.DropTable(
                name: "RefusedAction");

            migrationBuilder.DropTable(
                name: "StaffTraining");

            migrationBuilder.DropTable(
                name: "StudyParticipation");

            migrationBuilder.DropTable(
                name: "AdmissionCandidate");

            migrationBuilder.DropTable(
                name: "EvaluationRound");

            migrationBuilder.DropTable(
                name: "CellMeeting");

            migrationBuilder.DropTable(
                name: "MemberEvaluation");

            migrationBuilder.DropTable(
                name: "StudySession");

            migrationBuilder.DropColumn(
                name: "TransferredInFrom",
                table: "PartyMembers");

            migrationBuilder.DropColumn(
                name: "TransferredInOn",
                table: "PartyMembers");

            migrationBuilder.DropColumn(
                name: "TransferredOutOn",
                table: "PartyMembers");

            migrationBuilder.DropColumn(
                name: "TransferredOutTo",
                table: "PartyMembers");
        }
    }
}
