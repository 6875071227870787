// Evaluates Nos Gestes Climat on situations read as JSON from stdin; prints JSON results.
// Usage: node bench/peer_ngc.mjs NODE_MODULES_DIR < situations.json
import fs from 'fs'
import path from 'path'
import { createRequire } from 'module'

const modules = process.argv[2]
const require = createRequire(path.join(modules, 'x.js'))
const Engine = require('publicodes').default
const model = path.join(modules, '@incubateur-ademe/nosgestesclimat/public/co2-model.FR-lang.fr.json')
const rules = JSON.parse(fs.readFileSync(model, 'utf-8'))
const engine = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } })
const targets = JSON.parse(fs.readFileSync(0, 'utf-8'))
const out = targets.situations.map((situation) => {
  engine.setSituation(situation)
  return Object.fromEntries(targets.rules.map((r) => [r, engine.evaluate(r).nodeValue]))
})
process.stdout.write(JSON.stringify(out))
