
#!/usr/bin/env node
