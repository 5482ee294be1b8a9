/** The site's name until an administrator sets one (/admin/settings): the schema's default too. */
export const DEFAULT_SITE_NAME = 'Broadside'
