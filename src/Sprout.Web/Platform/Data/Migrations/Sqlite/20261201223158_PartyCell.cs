using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TransferredInOn",
                table: "PartyMembers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TransferredOutOn",
                table: "PartyMembers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferredOutTo",
                table: "PartyMembers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AdmissionCandidate",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    MentorMemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    SecondMentorMemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    StoppedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    ChairMemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    SecretaryMemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Directions = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Discussion = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    VotesFor = table.Column<int>(type: "INTEGER", nullable: false),
                    VotesAgainst = table.Column<int>(type: "INTEGER", nullable: false),
                    VotesAbstain = table.Column<int>(type: "INTEGER", nullable: false),
                    MinutesDocumentId = table.Column<int>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    FourGood = table.Column<bool>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    OutgoingDocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DecisionReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    EntitledVoters = table.Column<int>(type: "INTEGER", nullable: false),
                    BallotOpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    BallotClosedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DecisionNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Supervision = table.Column<bool>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PartyMemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExemplaryDeed = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Innovation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SelfReport = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    SelfReportAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    SelfAssessment = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SelfLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    SelfSubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DecidedLevel = table.Column<int>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CertificateFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Certificate = table.Column<byte[]>(type: "BLOB", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    AdmissionCandidateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Document = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    CellMeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Mark = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
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
                    EvaluationRoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Votes = table.Column<int>(type: "INTEGER", nullable: false)
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
                    EvaluationRoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    VoterMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberEvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    StudySessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reflection = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ReflectionAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
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
