-- table settings on settings
CREATE TABLE "settings" ("key" text primary key, "value" text not null) strict;

-- index sqlite_autoindex_settings_1 on settings
(automatic);

-- table centers on centers
CREATE TABLE "centers" ("id" integer primary key, "code" text not null unique, "name" text not null, "name_en" text not null, "time_zone" text default 'Asia/Shanghai' not null, "city" text not null) strict;

-- index sqlite_autoindex_centers_1 on centers
(automatic);

-- table sponsors on sponsors
CREATE TABLE "sponsors" ("id" integer primary key, "code" text not null unique, "name" text not null) strict;

-- index sqlite_autoindex_sponsors_1 on sponsors
(automatic);

-- table calendar_days on calendar_days
CREATE TABLE "calendar_days" ("date" text primary key, "kind" text not null check (kind in ('holiday','workday')), "name" text) strict;

-- index sqlite_autoindex_calendar_days_1 on calendar_days
(automatic);

-- table subjects on subjects
CREATE TABLE "subjects" ("id" integer primary key, "sponsor_id" integer not null references "sponsors" ("id"), "code" text not null, "name" text not null, "level" text not null, "profile_id" text not null, "on_sale_date" text, "stop_sale_date" text, "stop_service_date" text, constraint "subjects_sponsor_code" unique ("sponsor_id", "code")) strict;

-- index sqlite_autoindex_subjects_1 on subjects
(automatic);

-- table subject_parts on subject_parts
CREATE TABLE "subject_parts" ("id" integer primary key, "subject_id" integer not null references "subjects" ("id"), "part" text not null check (part in ('theory','lab','interview')), "max_score" integer not null check (max_score > 0), "pass_score" integer not null check (pass_score >= 0), constraint "subject_parts_subject_part" unique ("subject_id", "part")) strict;

-- index sqlite_autoindex_subject_parts_1 on subject_parts
(automatic);

-- table candidates on candidates
CREATE TABLE "candidates" ("id" integer primary key, "name" text not null, "pinyin" text, "pinyin_compact" text not null, "initials" text not null, "id_type" text not null, "id_number" text, "id_last4" text not null, "id_hash" text not null, "phone" text, "email" text, "created_at" text not null, "purged_at" text) strict;

-- index candidates_id_hash on candidates
CREATE INDEX "candidates_id_hash" on "candidates" ("id_hash");

-- index candidates_id_last4 on candidates
CREATE INDEX "candidates_id_last4" on "candidates" ("id_last4");

-- index candidates_name on candidates
CREATE INDEX "candidates_name" on "candidates" ("name");

-- index candidates_pinyin_compact on candidates
CREATE INDEX "candidates_pinyin_compact" on "candidates" ("pinyin_compact");

-- index candidates_initials on candidates
CREATE INDEX "candidates_initials" on "candidates" ("initials");

-- table orders on orders
CREATE TABLE "orders" ("id" integer primary key, "sponsor_id" integer not null references "sponsors" ("id"), "order_no" text not null, "candidate_id" integer not null references "candidates" ("id"), "paid_at" text, "amount_fen" integer not null check (amount_fen >= 0), "coupon_code" text, "coupon_discount_fen" integer default 0 not null check (coupon_discount_fen >= 0), "redeem_code" text, "attempts" integer default 1 not null, "refunded_at" text, constraint "orders_sponsor_no" unique ("sponsor_id", "order_no")) strict;

-- index sqlite_autoindex_orders_1 on orders
(automatic);

-- table coupons on coupons
CREATE TABLE "coupons" ("code" text primary key, "kind" text not null check (kind in ('fixed','percent')), "value" integer not null check (value >= 0), "used_by_order_id" integer references "orders" ("id"), "used_at" text) strict;

-- index sqlite_autoindex_coupons_1 on coupons
(automatic);

-- table redeem_codes on redeem_codes
CREATE TABLE "redeem_codes" ("code" text primary key, "order_id" integer references "orders" ("id"), "state" text not null check (state in ('unused','bound','completed','expired','invalid')), "candidate_id" integer references "candidates" ("id"), "replaced_by" text, "expires_at" text) strict;

-- index sqlite_autoindex_redeem_codes_1 on redeem_codes
(automatic);

-- table rooms on rooms
CREATE TABLE "rooms" ("id" integer primary key, "center_id" integer not null references "centers" ("id"), "code" text not null, "name" text not null, "rows" integer not null check (rows > 0), "cols" integer not null check (cols > 0), "proctor_row" integer, "proctor_col" integer, constraint "rooms_center_code" unique ("center_id", "code")) strict;

-- index sqlite_autoindex_rooms_1 on rooms
(automatic);

-- table seats on seats
CREATE TABLE "seats" ("id" integer primary key, "room_id" integer not null references "rooms" ("id"), "label" text not null, "row" integer not null, "col" integer not null, "status" text default 'ok' not null check (status in ('ok','out-of-service')), "wheelchair" integer default 0 not null, constraint "seats_room_label" unique ("room_id", "label"), constraint "seats_room_pos" unique ("room_id", "row", "col")) strict;

-- index sqlite_autoindex_seats_1 on seats
(automatic);

-- index sqlite_autoindex_seats_2 on seats
(automatic);

-- table exam_sessions on exam_sessions
CREATE TABLE "exam_sessions" ("id" integer primary key, "room_id" integer not null references "rooms" ("id"), "local_date" text not null, "starts_at" text not null, "duration_min" integer not null check (duration_min > 0), "closed_at" text) strict;

-- index exam_sessions_date on exam_sessions
CREATE INDEX "exam_sessions_date" on "exam_sessions" ("local_date", "starts_at");

-- table appointments on appointments
CREATE TABLE "appointments" ("id" integer primary key, "sponsor_id" integer not null references "sponsors" ("id"), "booking_id" text not null, "admission_code" text not null unique, "candidate_id" integer not null references "candidates" ("id"), "order_id" integer not null references "orders" ("id"), "subject_id" integer not null references "subjects" ("id"), "part" text not null, "session_id" integer references "exam_sessions" ("id"), "starts_at" text not null, "duration_min" integer not null, "state" text default 'booked' not null check (state in ('booked','cancelled','rescheduled','completed','no-show')), "attempt_no" integer default 1 not null, "wheelchair" integer default 0 not null, "extra_time_pct" integer default 0 not null, "booked_at" text not null, constraint "appointments_sponsor_booking" unique ("sponsor_id", "booking_id")) strict;

-- index sqlite_autoindex_appointments_1 on appointments
(automatic);

-- index sqlite_autoindex_appointments_2 on appointments
(automatic);

-- index appointments_session on appointments
CREATE INDEX "appointments_session" on "appointments" ("session_id");

-- index appointments_candidate on appointments
CREATE INDEX "appointments_candidate" on "appointments" ("candidate_id");

-- index appointments_starts_at on appointments
CREATE INDEX "appointments_starts_at" on "appointments" ("starts_at");

-- table operators on operators
CREATE TABLE "operators" ("id" integer primary key, "username" text not null unique, "display_name" text not null, "role" text not null check (role in ('proctor','manager')), "password_hash" text not null, "failed_attempts" integer default 0 not null, "locked_until" text, "disabled" integer default 0 not null, "created_at" text not null) strict;

-- index sqlite_autoindex_operators_1 on operators
(automatic);

-- table check_ins on check_ins
CREATE TABLE "check_ins" ("id" integer primary key, "appointment_id" integer not null unique references "appointments" ("id"), "operator_id" integer not null references "operators" ("id"), "desk" text not null, "admitted_at" text not null, "override_reason" text) strict;

-- index sqlite_autoindex_check_ins_1 on check_ins
(automatic);

-- table id_checks on id_checks
CREATE TABLE "id_checks" ("id" integer primary key, "appointment_id" integer not null references "appointments" ("id"), "operator_id" integer not null references "operators" ("id"), "desk" text not null, "checked_at" text not null, "kind" text not null check (kind in ('identity','admission','refusal','absent','correction')), "doc_type" text, "doc_masked" text, "doc_hash" text, "checks_json" text not null, "outcome" text not null, "rule_ids" text not null, "override_reason" text, "corrects_id" integer references "id_checks" ("id"), "prev_hash" text not null, "hash" text not null) strict;

-- index id_checks_appointment on id_checks
CREATE INDEX "id_checks_appointment" on "id_checks" ("appointment_id");

-- index id_checks_checked_at on id_checks
CREATE INDEX "id_checks_checked_at" on "id_checks" ("checked_at");

-- table photos on photos
CREATE TABLE "photos" ("id" integer primary key, "candidate_id" integer not null references "candidates" ("id"), "id_check_id" integer references "id_checks" ("id"), "taken_at" text not null, "mime" text not null, "sha256" text not null, "bytes" blob not null) strict;

-- index photos_candidate on photos
CREATE INDEX "photos_candidate" on "photos" ("candidate_id");

-- table seat_assignments on seat_assignments
CREATE TABLE "seat_assignments" ("id" integer primary key, "session_id" integer not null references "exam_sessions" ("id"), "appointment_id" integer not null unique references "appointments" ("id"), "seat_id" integer not null references "seats" ("id"), "seed" integer, "reason" text, "assigned_at" text not null, constraint "seat_assignments_session_seat" unique ("session_id", "seat_id")) strict;

-- index sqlite_autoindex_seat_assignments_1 on seat_assignments
(automatic);

-- index sqlite_autoindex_seat_assignments_2 on seat_assignments
(automatic);

-- table scores on scores
CREATE TABLE "scores" ("id" integer primary key, "appointment_id" integer not null references "appointments" ("id"), "part" text not null, "entry_no" integer not null check (entry_no in (1, 2)), "operator_id" integer not null references "operators" ("id"), "value" integer, "absent" integer default 0 not null, "entered_at" text not null, constraint "scores_entry" unique ("appointment_id", "part", "entry_no")) strict;

-- index sqlite_autoindex_scores_1 on scores
(automatic);

-- table certificates on certificates
CREATE TABLE "certificates" ("id" integer primary key, "candidate_id" integer not null references "candidates" ("id"), "subject_id" integer not null references "subjects" ("id"), "released_at" text not null, "valid_until" text not null) strict;

-- table audit_log on audit_log
CREATE TABLE "audit_log" ("seq" integer primary key, "at" text not null, "operator_id" integer, "action" text not null, "subject_type" text, "subject_id" text, "detail_json" text not null, "prev_hash" text not null, "hash" text not null) strict;

-- trigger audit_log_no_update on audit_log
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON "audit_log"
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- trigger audit_log_no_delete on audit_log
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON "audit_log"
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- trigger id_checks_no_update on id_checks
CREATE TRIGGER id_checks_no_update BEFORE UPDATE ON "id_checks"
    BEGIN SELECT RAISE(ABORT, 'id_checks is append-only'); END;

-- trigger id_checks_no_delete on id_checks
CREATE TRIGGER id_checks_no_delete BEFORE DELETE ON "id_checks"
    BEGIN SELECT RAISE(ABORT, 'id_checks is append-only'); END;
