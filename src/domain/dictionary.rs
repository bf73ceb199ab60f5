//! The preset dictionary for share links, format 1. Deflate can point back into it, so
//! words that plans often use cost a few bits instead of a few bytes.
//!
//! Frozen: links made with format 1 decode only with exactly this text. To improve it,
//! add a new format version with a new dictionary and keep this one.

/// Words and phrases career plans tend to use; the most common come last, where deflate
/// reaches them with the shortest distances.
pub const DICTIONARY_V1: &str = "\
Accounting fundamentals, month-end close and reconciliations, financial reporting, \
budgeting and forecasting, tax basics, audit, bookkeeping, payroll, software, data \
analysis, spreadsheets and databases, project management, product management, \
engineering, operations, customer service, human resources, sales, design, writing \
reports, public speaking, presenting to executives, \
negotiation, business development, storytelling, critique, \
Canadian workplace culture, getting my credentials recognized, building a professional \
network in Canada, interviewing for Canadian employers, working in a second language, \
newcomer to the country, immigrant, refreshing my industry knowledge, explaining a \
career gap with confidence, balancing work and family routines, returning to paid \
work after time away, parent of young children, caring for a family member, \
delegating work, working with difficult relationships, difficult colleagues, \
difficult employees, giving feedback, running effective one-on-ones, first \
leadership role, team lead, manager, director, senior, analyst, coordinator, \
specialist, consultant, accountant, engineer, developer, nurse, teacher, \
strategic thinking, tactical planning, personal branding, being visible in my \
organization, clear communication, marketing myself on social media, influencing \
without authority, \
Former colleague, former manager, current manager, a friend of a friend, a \
neighbour, met at a meetup, met at a conference, met at an event, professional \
association, community centre, online community, alumni, mentor, mentors, mentoring, coach, sponsor, peer, role \
model, connector, introduction, introduce me to, \
Ask for a 20-minute coffee chat, ask for an introduction, ask for feedback on, \
ask my manager, book a call, send a message, send an email, follow up after, \
review my resume, review my cover letter, mock interview, practise, share my \
plan, before the end of the month, next week, next month, this spring, this fall, \
at lunch, in the evenings, on weekends, \
every week, every two weeks, every month, every three months, when needed, \
Help with their community or volunteer work, run the social media campaign for, \
the newsletter, the website, the fundraiser, the event, share my skills in, \
set up a spreadsheet, translate, \
introduce them to people, give them a different view of, thank them in public, \
recommendation, \
goals, career, careers, change, changing careers, move from IT into accounting, \
move into, grow into, lead a team, certification, courses, \
exam, study, degree, promotion, job, role, new role, hiring, interview, resume, \
time, family, children, home, school, work, workplace, industry, company, firm, \
organization, department, team, clients, customers, colleagues, people, skills, \
skill, experience, years, learn, learning, build, building, improve, more, less, \
better, confidence, support, advice, quick answers, online, in person, \
within two years, in two or three \
years, in my first year, for a living, so that I can , because , \
the , and the , with the , for the , to the , of the , in the , on the , at the , \
with my , for my , to my , of my , in my , on my , and my , I want to , I would \
like to , I need to , help me , my , the , and , with , for , to , of , in , a , \
an , at , on , I , ";
