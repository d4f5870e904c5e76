<!doctype html>
<html <?php language_attributes(); ?>>
<head>
  <meta charset="<?php bloginfo( 'charset' ); ?>">
  <?php wp_head(); /* plugins print their scripts here: the "Meta pixel for WordPress" plugin did */ ?>
</head>
<body <?php body_class(); ?>>
