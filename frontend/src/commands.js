// The command builder: any cryoscape command's arguments as a form (from the command line's own
// parsers, via /api/commands), filled in with this run's values, and the command line it makes.

const SAFE = /^[\w@%+=:,./-]+$/;

export function shellQuote(value) {
  const text = String(value);
  return SAFE.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

export class CommandBuilder {
  constructor({ select, summary, fields, line, missing }) {
    Object.assign(this, { select, summary, fields, line, missing });
    this.commands = [];
    this.values = {};
    this.inputs = [];
    select.onchange = () => this.showForm();
  }

  load({ commands, values }) {
    this.commands = commands;
    this.values = { ...values, ...this.values }; // what the page provided already (a saved selection) wins
    this.select.innerHTML = '';
    for (const described of commands) {
      const option = document.createElement('option');
      option.value = described.command; option.textContent = described.command;
      this.select.appendChild(option);
    }
    if (commands.some((c) => c.command === 'train_vae')) this.select.value = 'train_vae';
    this.showForm();
  }

  // a value this run provides from now on (e.g. ind: the selection just saved)
  provide(dest, value) {
    this.values[dest] = value;
    if (this.commands.length) this.showForm();
  }

  current() {
    return this.commands.find((c) => c.command === this.select.value);
  }

  showForm() {
    const described = this.current();
    if (!described) return;
    this.summary.textContent = described.summary;
    this.fields.innerHTML = '';
    this.inputs = described.arguments.map((argument) => {
      const name = document.createElement('span');
      name.className = 'flag';
      name.textContent = argument.flags.length ? argument.flags.join(', ') : argument.metavar;
      let input;
      if (argument.switch) {
        input = document.createElement('input');
        input.type = 'checkbox';
      } else if (argument.choices.length) {
        input = document.createElement('select');
        for (const choice of ['', ...argument.choices]) {
          const option = document.createElement('option');
          option.value = choice; option.textContent = choice || (argument.default === null ? '—' : `default (${argument.default})`);
          input.appendChild(option);
        }
      } else {
        input = document.createElement('input');
        input.placeholder = argument.default === null ? argument.metavar : `default ${argument.default}`;
      }
      const known = this.values[argument.dest];
      if (known !== undefined && !argument.switch) input.value = known;
      input.oninput = () => this.update();
      input.onchange = () => this.update();
      const help = document.createElement('span');
      help.className = 'help';
      help.textContent = `${argument.required ? 'required. ' : ''}${argument.help}`;
      this.fields.append(name, input, help);
      return { argument, input };
    });
    this.update();
  }

  update() {
    const described = this.current();
    const words = ['cryoscape', ...described.command.split(' ')];
    const missing = [];
    for (const { argument, input } of this.inputs) {
      const value = argument.switch ? input.checked : input.value.trim();
      const absent = argument.switch ? !value : value === '';
      input.classList.toggle('missing', argument.required && absent);
      if (absent) {
        if (argument.required) missing.push(argument.flags[0] || argument.metavar);
        continue;
      }
      if (!argument.switch && argument.default !== null && value === String(argument.default)) continue;
      const flag = argument.flags.find((f) => f.startsWith('--')) || argument.flags[0];
      if (argument.switch) { words.push(flag); continue; }
      const items = argument.repeat ? value.split(/\s+/) : [value];
      if (argument.repeat === 'append') {
        for (const item of items) words.push(flag, shellQuote(item));
      } else {
        if (flag) words.push(flag);
        words.push(...items.map(shellQuote));
      }
    }
    this.line.value = words.join(' ');
    this.missing.textContent = missing.length ? `still needed: ${missing.join(', ')}` : '';
    return this.line.value;
  }
}
