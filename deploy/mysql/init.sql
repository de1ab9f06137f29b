-- First-start initialisation of the compose MySQL (docker-compose.yml mounts this
-- file into /docker-entrypoint-initdb.d/; the mysql image runs it once, as root,
-- when the mysql-data volume is empty — edits take effect only after
-- `docker compose down -v`).
--
-- One database per subgraph, and one user per subgraph whose rights cover only
-- its own database: a subgraph owns its tables and nobody else reads them
-- (DESIGN.md). ALL PRIVILEGES on its own schema lets the subgraph's migrations
-- create, alter and drop its tables; it grants nothing on any other database.
--
-- The passwords are placeholders for a local stack: MySQL is not published
-- outside the compose network. They must match the <NAME>_DATABASE_URL values in
-- docker-compose.yml; for a real deployment create the users with secrets of
-- your own (or mount a replacement of this file).
--
-- Adding a subgraph: repeat the three statements with its name.

CREATE DATABASE IF NOT EXISTS hospital_accounts CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'accounts'@'%' IDENTIFIED BY 'accounts-dev-password';
GRANT ALL PRIVILEGES ON hospital_accounts.* TO 'accounts'@'%';

CREATE DATABASE IF NOT EXISTS hospital_patients CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'patients'@'%' IDENTIFIED BY 'patients-dev-password';
GRANT ALL PRIVILEGES ON hospital_patients.* TO 'patients'@'%';

CREATE DATABASE IF NOT EXISTS hospital_doctors CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'doctors'@'%' IDENTIFIED BY 'doctors-dev-password';
GRANT ALL PRIVILEGES ON hospital_doctors.* TO 'doctors'@'%';

CREATE DATABASE IF NOT EXISTS hospital_appointments CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'appointments'@'%' IDENTIFIED BY 'appointments-dev-password';
GRANT ALL PRIVILEGES ON hospital_appointments.* TO 'appointments'@'%';

CREATE DATABASE IF NOT EXISTS hospital_billing CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'billing'@'%' IDENTIFIED BY 'billing-dev-password';
GRANT ALL PRIVILEGES ON hospital_billing.* TO 'billing'@'%';

CREATE DATABASE IF NOT EXISTS hospital_prescriptions CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'prescriptions'@'%' IDENTIFIED BY 'prescriptions-dev-password';
GRANT ALL PRIVILEGES ON hospital_prescriptions.* TO 'prescriptions'@'%';

CREATE DATABASE IF NOT EXISTS hospital_feedback CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'feedback'@'%' IDENTIFIED BY 'feedback-dev-password';
GRANT ALL PRIVILEGES ON hospital_feedback.* TO 'feedback'@'%';

CREATE DATABASE IF NOT EXISTS hospital_analytics CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'analytics'@'%' IDENTIFIED BY 'analytics-dev-password';
GRANT ALL PRIVILEGES ON hospital_analytics.* TO 'analytics'@'%';

-- Audit: an owner that runs the migrations (and grants), and the account the
-- subgraph runs as, which the migration grants SELECT and INSERT on the audit
-- events and nothing more: no UPDATE, no DELETE (triggers refuse them besides).
CREATE DATABASE IF NOT EXISTS hospital_audit CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'audit_owner'@'%' IDENTIFIED BY 'audit-owner-dev-password';
GRANT ALL PRIVILEGES ON hospital_audit.* TO 'audit_owner'@'%' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS 'audit'@'%' IDENTIFIED BY 'audit-dev-password';
