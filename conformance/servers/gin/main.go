// Gin: the broken order through ShouldBindJSON and the go-playground validator tags, a value of
// the wrong JSON type, AbortWithStatusJSON, the unknown-route 404 and Recovery's 500.
package main

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"

	"github.com/gin-gonic/gin"
)

type Address struct {
	Street string `json:"street" binding:"required"`
	City   string `json:"city" binding:"required"`
}

type Item struct {
	Sku string `json:"sku" binding:"required"`
	Qty int    `json:"qty" binding:"min=1"`
}

type Order struct {
	Email   string  `json:"email" binding:"required,email"`
	Address Address `json:"address" binding:"required"`
	Items   []Item  `json:"items" binding:"required,dive"`
}

func main() {
	gin.SetMode(gin.ReleaseMode)
	router := gin.New()
	router.Use(gin.Recovery())
	// The answer Gin's documentation shows for a failed bind: the error's text.
	router.POST("/orders", func(c *gin.Context) {
		var order Order
		if err := c.ShouldBindJSON(&order); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		c.Status(http.StatusCreated)
	})
	router.GET("/me", func(c *gin.Context) {
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "Sign in to continue"})
	})
	router.GET("/admin", func(c *gin.Context) {
		c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "You may not see this page"})
	})
	router.GET("/crash", func(c *gin.Context) {
		panic("boom")
	})

	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	line, _ := json.Marshal(map[string]interface{}{
		"port":    listener.Addr().(*net.TCPAddr).Port,
		"version": "gin " + gin.Version,
	})
	fmt.Printf("READY %s\n", line)
	panic(http.Serve(listener, router))
}
