// Every test file runs with these; each file then points DATABASE_URI at its own temporary database.
Object.assign(process.env, { NODE_ENV: 'test' })
process.env.PAYLOAD_SECRET ||= 'resethub-test-secret'
process.env.PAYLOAD_DISABLE_ADMIN = 'true'
delete process.env.SMTP_URL
process.env.LOG_LEVEL ||= 'warn'
