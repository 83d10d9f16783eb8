import { bootScriptTag } from './boot-script-tag';

/** The popover `<script>` entry: the core plus the positioning code (@floating-ui/dom). */
bootScriptTag();
