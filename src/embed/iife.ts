import { bootScriptTag } from './boot-script-tag';

/** The core `<script>` entry (built without the popover code; see tsup.config.ts). */
bootScriptTag();
